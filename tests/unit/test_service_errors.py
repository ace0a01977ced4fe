

def test_a_window_shows_the_half_of_a_message_in_its_language() -> None:
    from jxdeclare.services.errors import NotFoundError, explain

    error = NotFoundError("找不到这份草稿。/ No such draft.")
    assert explain(error, "zh") == "找不到这份草稿。"
    assert explain(error, "en") == "No such draft."
    assert explain(error) == "找不到这份草稿。/ No such draft."  # the CLI prints both
    # one language only, or a "/" inside a sentence: left as it is
    assert explain(NotFoundError("找不到 GB/T 191 / 2008 版"), "en") == "找不到 GB/T 191 / 2008 版"
