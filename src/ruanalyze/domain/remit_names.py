"""Bodies named by what they are for: 'Комиссия по ценным бумагам и биржам', 'Бюро по контролю
за оборотом алкоголя, табачных изделий и огнестрельного оружия'. The "по ..." phrase is part of
the name, and the news model, which runs the name into it, often stops inside it, at a comma or
an "и" ("Комитета по регламенту" of "Комитета по регламенту и организации парламентской
деятельности").

Only such a cut name is completed, and only after a head noun that says it is a body
(``resources/remit_heads.txt``): where the model ends a name before "по", corpora disagree
(Collection5 marks "Главного управления" of "Главного управления по работе с личным составом",
NEREL the whole).
"""

from __future__ import annotations

from ..document import Document
from ..records import Mention, Token
from .spans import resized, token_index, tokens_within, without_pieces
from .vocabulary import Vocabulary

# Nouns that open a place after the phrase ("по архитектуре и градостроительству города
# Москвы"): corpora end the body's name before them.
PLACE_NOUNS = frozenset({"город", "область", "край", "район", "республика", "округ", "штат"})
# Prepositions inside such names: "в сфере связи"; and those after the nouns that
# take them ("по борьбе с ...", "по связям с общественностью", "по контролю за оборотом"), not
# "за" after any noun ("... оружия за значительный вклад", where the sentence goes on).
INNER_PREPOSITIONS = frozenset({"в", "во"})
# The words "в" may open inside the name; "в должности ...", "в Гааге" after a name are the
# sentence's.
AFTER_IN = frozenset({"сфере", "области"})
GOVERNED_PREPOSITIONS = {
    "с": frozenset({"борьба", "связь", "сотрудничество", "работа"}),
    "со": frozenset({"борьба", "связь", "сотрудничество", "работа"}),
    "за": frozenset({"контроль", "надзор", "наблюдение"}),
}
CONJUNCTIONS = frozenset({"и", "или"})
PHRASE_WORDS = frozenset({"NOUN", "ADJ"})


def complete_remit_names(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """An organization the model cut inside its "по ..." phrase ("Комитета по регламенту" of
    "Комитета по регламенту и организации парламентской деятельности") runs to the phrase's end;
    the model's mentions inside the rest of the phrase ("Югославии") give way."""
    result = []
    completed = []
    for mention in mentions:
        stop = None
        if mention.type == "ORG" and " по " in mention.text and mention.text[:1].isupper():
            stop = remit_name_stop(doc.tokens, mention, vocabulary)
        if stop:
            mention = resized(doc, mention, mention.start, stop)
            completed.append((mention.start, mention.stop))
        result.append(mention)
    return without_pieces(result, completed) if completed else result


def remit_name_stop(tokens: list[Token], mention: Mention, vocabulary: Vocabulary) -> int | None:
    """Where the name ends when its "по ..." phrase, after a body's head noun, runs past the
    mention; None when it does not."""
    inside = tokens_within(tokens, mention.start, mention.stop)
    for index, token in enumerate(inside[1:-1], start=1):
        if token.text == "по" and inside[index - 1].lemma in vocabulary.remit_heads:
            first = token_index(tokens, inside[index + 1].start)
            stop = remit_phrase_stop(tokens, first, vocabulary)
            return stop if stop is not None and stop > mention.stop else None
    return None


def remit_phrase_stop(tokens: list[Token], first: int, vocabulary: Vocabulary) -> int | None:
    """Where the phrase that starts at ``tokens[first]`` ends: nouns and adjectives in lower
    case, joined by "и" and by the prepositions inside such names ("в сфере", "за оборотом"),
    and by commas when an "и" closes the list ("контролю за оборотом алкоголя, табачных изделий
    и огнестрельного оружия"); a place name after an adjective ("по бывшей Югославии"). It ends
    on a noun."""
    if tokens[first].text.lower() in vocabulary.remit_stop_words:
        return None
    stop = None  # the end of the last noun taken for sure
    pending = None  # the end of the last noun after a comma, sure once an "и" follows
    in_list = False
    previous = None
    for token in tokens[first:]:
        text = token.text
        lower = text[:1].islower()
        if token.lemma in PLACE_NOUNS or (
            previous is not None
            and previous.text in INNER_PREPOSITIONS
            and token.text not in AFTER_IN
        ):
            break
        if lower and token.pos in PHRASE_WORDS:
            if token.pos == "NOUN":
                if in_list:
                    pending = token.stop
                else:
                    stop = token.stop
        elif (
            token.pos == "PROPN"
            and previous is not None
            and previous.pos == "ADJ"
            and token.text[:1].isupper()
        ):
            if in_list:
                pending = token.stop
            else:
                stop = token.stop
        elif (
            text in INNER_PREPOSITIONS
            or text in CONJUNCTIONS
            or (previous is not None and previous.lemma in GOVERNED_PREPOSITIONS.get(text, ()))
        ):
            if text in CONJUNCTIONS and in_list:
                in_list = False
                if pending is not None:
                    stop = pending
        elif text == "," and stop is not None and (not in_list or pending == previous.stop):
            in_list = True
        else:
            break
        previous = token
    return stop  # a comma list without its closing "и" is left out
