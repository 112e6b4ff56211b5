"""The life cycle of a facility: open, moved, possibly closed (with evidence), closed.

``compute`` derives it from the store (pages gone with evidence, what pages say, address history, stewards'
decisions); ``statements`` reads closure words in page text; ``decisions`` records stewards' decisions.
"""

from hub.lifecycle.compute import (
    STATE_LABELS,
    STATES,
    Lifecycle,
    LifecycleOptions,
    address_key,
    compute_lifecycles,
    keep_gone_entities,
    record_addresses,
)

__all__ = ["STATES", "STATE_LABELS", "Lifecycle", "LifecycleOptions", "address_key", "compute_lifecycles",
           "keep_gone_entities", "record_addresses"]
