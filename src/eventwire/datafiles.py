"""Read eventwire's own YAML data files strictly.

PyYAML follows YAML 1.1, where the bare words ``on``, ``off``, ``yes``, ``no`` (and ``y``/``n``
variants) are booleans: ``recipient_preps: [on, against]`` would read as ``[True, "against"]``
and the country code ``NO`` as ``False``. :func:`load_yaml` keeps only ``true``/``false`` as
booleans (as YAML 1.2 does) and refuses a mapping key given twice, which plain YAML silently
resolves by keeping the last one.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from eventwire.errors import ConfigError

_BOOL = "tag:yaml.org,2002:bool"


class StrictLoader(yaml.SafeLoader):
    """A safe YAML loader with YAML 1.2 booleans that refuses duplicate keys."""

    name = "data file"


StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _unique_mapping(loader: StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    keys = [loader.construct_object(key) for key, _ in node.value]
    duplicates = sorted({str(k) for k in keys if keys.count(k) > 1})
    if duplicates:
        line = node.start_mark.line + 1
        raise ConfigError(f"{loader.name}: line {line}: key given twice: {', '.join(duplicates)}")
    return loader.construct_mapping(node)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def load_yaml(text: str, name: str) -> Any:
    """Parse one of our YAML data files.

    Args:
        text: the file's text.
        name: the file's name, for error messages.

    Raises:
        ConfigError: the text is not valid YAML, or a mapping gives a key twice.
    """
    loader = StrictLoader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    except yaml.YAMLError as error:
        raise ConfigError(f"{name}: not valid YAML: {error}") from error
    finally:
        loader.dispose()
