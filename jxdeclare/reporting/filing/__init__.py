"""The 备案 package of a food enterprise standard stricter than a food-safety standard: the
编制说明 with its comparison table (`explanation`, written as PDF by `pdf` and Word by `docx`) and
the package folder or .zip (`package`)."""
