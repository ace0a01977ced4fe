"""The 备案 dialog of the 标准起草 page: the filing record and its journal, each step recorded
with date pickers, and the filing package written in the background."""
