"""The claim pipeline's steps, one spaCy component a module; importing this registers them."""

from extract.components import (  # noqa: F401
    aspect,
    claims,
    extensions,
    kind,
    layout,
    metric,
    origins,
    period,
    places,
    quantities,
    subject,
    table_cells,
)
