"""P(+ | D) for P(D | +): the conditional turned around."""

DIAGNOSIS = {"es": "Devolviste la sensibilidad", "en": "You returned the sensitivity"}


def posterior_positive(prevalence, sensitivity, specificity):
    return float(sensitivity)
