"""The example notebook runs top to bottom in a real Jupyter kernel."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from .conftest import ROOT

NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def test_example_notebook_executes():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = [
        output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    ]
    assert not [output for output in outputs if output.output_type == "error"]
    html = [output for output in outputs if "text/html" in output.get("data", {})]
    assert any("<mark" in output["data"]["text/html"] for output in html), "no highlighted document"
