"""备案 of food enterprise standards stricter than food-safety standards: the record and its
journal (`records`), the filing package (`package`) and what falls due (`due`)."""
