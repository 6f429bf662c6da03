"""Sales documents: nomenclature, invoices, acts, VAT invoices, payments, sales, works, contracts."""
