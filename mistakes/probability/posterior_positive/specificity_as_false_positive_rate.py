"""Specificity where 1 - specificity belongs."""

DIAGNOSIS = {"es": "especificidad como tasa de falsos positivos", "en": "specificity as the false-positive rate"}


def posterior_positive(prevalence, sensitivity, specificity):
    true_positive = sensitivity * prevalence
    return float(true_positive / (true_positive + specificity * (1 - prevalence)))
