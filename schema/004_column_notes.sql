-- 004: say in the database itself which text is the page's and which is shown to readers.
-- Mentions and sentences are stored as a reader sees them: line and column breaks of the page layout
-- removed ("3500\n\n万元" is shown 3500万元). The offsets index the original: the exact characters
-- printed are documents.text[start_offset:end_offset] (SQL: substring(text, start_offset + 1, ...)).
COMMENT ON COLUMN claims.mention IS 'the figure as shown: documents.text[start_offset:end_offset] with layout line breaks removed';
COMMENT ON COLUMN claims.sentence IS 'the sentence as shown (layout line breaks removed); it starts at sentence_offset in documents.text';
COMMENT ON COLUMN claims.start_offset IS 'character offset of the mention in documents.text (the original, as read)';
COMMENT ON COLUMN claims.end_offset IS 'end of the mention in documents.text: the original characters are text[start_offset:end_offset]';
COMMENT ON COLUMN claims.sentence_offset IS 'character offset of the sentence in documents.text';
