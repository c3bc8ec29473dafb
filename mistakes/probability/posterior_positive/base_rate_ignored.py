"""The prevalence left out: the base-rate fallacy."""

DIAGNOSIS = {"es": "tasa base", "en": "base-rate fallacy"}


def posterior_positive(prevalence, sensitivity, specificity):
    return float(sensitivity / (sensitivity + (1 - specificity)))
