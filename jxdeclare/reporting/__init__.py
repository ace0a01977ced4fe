"""Check results as files people pass around: Excel, a PDF report, the Word 修改意见表."""
