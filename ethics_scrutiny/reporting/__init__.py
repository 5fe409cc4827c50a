"""Reports rendered from a plain ``ReportModel``: PDF, HTML, JSON and CSV."""
