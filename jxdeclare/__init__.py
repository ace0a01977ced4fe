"""jxdeclare — 江西中小微企业标准化工作助手."""

__version__ = "0.1.0"
