/// A beneficiary's file: who they are, their requests, household, needs, contacts, history and consent.
enum BeneficiaryFilePage {}
