"""The denominator keeps only the true positives, so the answer is always 1."""

DIAGNOSIS = {"es": "falsos positivos", "en": "false positives"}


def posterior_positive(prevalence, sensitivity, specificity):
    true_positive = sensitivity * prevalence
    return float(true_positive / true_positive)
