/// Finding beneficiaries by name, identity, phone or file number.
enum BeneficiaryListPage {}
