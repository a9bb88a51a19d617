"""Training of lagebild's shipped NER models (spaCy CNN pipelines) from ../shared/datasets/ner."""
