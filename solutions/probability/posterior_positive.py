"""Reference solution: posterior_positive."""


def posterior_positive(prevalence, sensitivity, specificity):
    """P(D | +) by Bayes' theorem: true positives over every positive, true and false."""
    true_positive = sensitivity * prevalence  # P(+ | D) P(D)
    false_positive = (1 - specificity) * (1 - prevalence)  # P(+ | not D) P(not D)
    return float(true_positive / (true_positive + false_positive))
