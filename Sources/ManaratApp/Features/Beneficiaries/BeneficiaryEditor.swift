/// Registering or editing a beneficiary, with consent and the duplicate review.
enum BeneficiaryEditor {}
