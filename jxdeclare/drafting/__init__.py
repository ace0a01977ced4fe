"""Templates → documents, and documents → PDF and Word (DESIGN §2.2)."""
