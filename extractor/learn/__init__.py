"""Learned parts: the labelled corpus, features, models and their training."""
