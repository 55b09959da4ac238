"""Telegram's HTML parse mode, as the fake Bot API parses it: text and entities, and the
400 "can't parse entities" for malformed markup."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.sandbox.fake_api.params import ApiError, JsonDict


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
}


_ALLOWED_TAGS = frozenset(_SIMPLE_TAGS) | {"a", "span", "tg-emoji", "blockquote"}


_HTML_ENTITY_RE = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


_ATTR_RE = re.compile(r"""\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    offset: int


def _entity_error(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: can't parse entities: {detail}")


def _decode_html_entity(token: str) -> str:
    if token in _NAMED_ENTITIES:
        return _NAMED_ENTITIES[token]
    code = int(token[2:], 16) if token[1:2] in ("x", "X") else int(token[1:])
    return chr(code) if 0 < code <= 0x10FFFF else ""


def _html_entity_for(tag: _OpenTag, offset: int, length: int, inside_pre: bool) -> JsonDict | None:
    entity: JsonDict = {"offset": tag.offset, "length": length}
    name = tag.name
    if name == "a":
        href = tag.attrs.get("href", "")
        match = re.fullmatch(r"tg://user\?id=(\d+)", href)
        if match:
            user = {"id": int(match[1]), "is_bot": False, "first_name": ""}
            entity.update(type="text_mention", user=user)
        elif href:
            entity.update(type="text_link", url=href)
        else:
            return None
    elif name == "span":
        entity["type"] = "spoiler"
    elif name == "tg-emoji":
        entity.update(type="custom_emoji", custom_emoji_id=tag.attrs.get("emoji-id", ""))
    elif name == "blockquote":
        entity["type"] = "expandable_blockquote" if "expandable" in tag.attrs else "blockquote"
    elif name == "code" and inside_pre:
        language = tag.attrs.get("class", "")
        if not language.startswith("language-"):
            entity["type"] = "code"
        else:
            # <pre><code class="language-x"> becomes the pre entity's language.
            return {"_language": language.removeprefix("language-")}
    else:
        entity["type"] = _SIMPLE_TAGS[name]
    return entity


def parse_html(source: str) -> tuple[str, list[JsonDict]]:
    """Parse Bot API HTML into plain text and entities, raising a 400 error like Telegram."""
    out: list[str] = []
    position = 0  # in UTF-16 code units
    stack: list[_OpenTag] = []
    entities: list[JsonDict] = []
    pre_language: dict[int, str] = {}  # id(pre tag) -> language
    i = 0
    length = len(source)

    def emit(chunk: str) -> None:
        nonlocal position
        out.append(chunk)
        position += utf16_len(chunk)

    while i < length:
        char = source[i]
        if char == "&":
            match = _HTML_ENTITY_RE.match(source, i)
            if match:
                emit(_decode_html_entity(match[1]))
                i = match.end()
            else:
                emit("&")
                i += 1
            continue
        if char != "<":
            end = i + 1
            while end < length and source[end] not in "<&":
                end += 1
            emit(source[i:end])
            i = end
            continue
        byte_offset = len(source[:i].encode())
        if source.startswith("</", i):
            close = source.find(">", i)
            if close < 0:
                raise _entity_error(f"Unclosed end tag at byte offset {byte_offset}")
            name = source[i + 2 : close].strip().lower()
            if not stack:
                raise _entity_error(f"Unexpected end tag at byte offset {byte_offset}")
            tag = stack.pop()
            if name and name != tag.name:
                raise _entity_error(
                    f'Unmatched end tag at byte offset {byte_offset}, expected "</{tag.name}>", '
                    f'found "</{name}>"'
                )
            inside_pre = bool(stack) and stack[-1].name == "pre"
            size = position - tag.offset
            entity = _html_entity_for(tag, tag.offset, size, inside_pre)
            if entity is not None and "_language" in entity:
                pre_language[id(stack[-1])] = entity["_language"]
            elif entity is not None and size > 0:
                if entity["type"] == "pre" and id(tag) in pre_language:
                    entity["language"] = pre_language.pop(id(tag))
                entities.append(entity)
            i = close + 1
            continue
        # A start tag: its name runs to the first space or '>' (so "< b" has an empty name).
        end = i + 1
        while end < length and not source[end].isspace() and source[end] != ">":
            end += 1
        name = source[i + 1 : end].lower()
        if end >= length:
            raise _entity_error(f"Unclosed start tag at byte offset {byte_offset}")
        if name not in _ALLOWED_TAGS:
            raise _entity_error(f'Unsupported start tag "{name}" at byte offset {byte_offset}')
        close = source.find(">", end)
        if close < 0:
            raise _entity_error(f"Unclosed start tag at byte offset {byte_offset}")
        attrs: dict[str, str] = {}
        for attr in _ATTR_RE.finditer(source[end:close]):
            value = attr[2] or ""
            if value[:1] in ("'", '"'):
                value = value[1:-1]
            attrs[attr[1].lower()] = value
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise _entity_error('Tag "span" must have class "tg-spoiler"')
        stack.append(_OpenTag(name, attrs, position))
        i = close + 1
    if stack:
        raise _entity_error(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def strip_text(text: str, entities: list[JsonDict]) -> tuple[str, list[JsonDict]]:
    """Trim surrounding whitespace like Telegram, shifting and clipping entities."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    limit = utf16_len(stripped)
    result: list[JsonDict] = []
    for entity in entities:
        start = max(int(entity["offset"]) - shift, 0)
        end = min(int(entity["offset"]) + int(entity["length"]) - shift, limit)
        if end > start:
            result.append({**entity, "offset": start, "length": end - start})
    return stripped, result
