"""The enterprise-standard document model: structure, numbering, boilerplate, .jxstd."""
