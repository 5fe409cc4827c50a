"""Values kept by an object's identity: the same object gives the kept value, another does not."""

from __future__ import annotations

import threading

from ethics_scrutiny.domain.frozen_memo import IdentityMemo


class Frozen:
    def __init__(self, text: str) -> None:
        self.text = text


def test_the_same_object_and_argument_are_worked_out_once() -> None:
    memo: IdentityMemo[Frozen, str] = IdentityMemo()
    made: list[str] = []
    one = Frozen("a")

    def make() -> str:
        made.append(one.text)
        return one.text.upper()

    assert memo.get(one, "x", make) == "A"
    assert memo.get(one, "x", make) == "A"
    assert made == ["a"]


def test_an_equal_but_different_object_or_another_argument_is_worked_out_afresh() -> None:
    memo: IdentityMemo[Frozen, str] = IdentityMemo()
    first, second = Frozen("a"), Frozen("a")
    assert memo.get(first, "x", lambda: "first") == "first"
    assert memo.get(second, "x", lambda: "second") == "second"
    assert memo.get(first, "y", lambda: "other argument") == "other argument"


def test_it_keeps_at_most_its_size_and_forgets_the_oldest_first() -> None:
    memo: IdentityMemo[Frozen, int] = IdentityMemo(size=3)
    objects = [Frozen(str(n)) for n in range(5)]
    for n, obj in enumerate(objects):
        memo.get(obj, None, lambda n=n: n)  # type: ignore[misc]
    assert len(memo) == 3
    assert memo.get(objects[0], None, lambda: -1) == -1  # forgotten, worked out again
    assert memo.get(objects[4], None, lambda: -1) == 4  # still kept


def test_a_kept_object_keeps_its_identity_from_being_reused() -> None:
    """While kept, the object cannot be freed, so no new object can take its id."""
    memo: IdentityMemo[Frozen, str] = IdentityMemo()
    memo.get(Frozen("gone"), None, lambda: "old")
    for _ in range(1000):
        assert memo.get(Frozen("new"), None, lambda: "new") == "new"


def test_threads_working_at_once_each_get_their_objects_value() -> None:
    memo: IdentityMemo[Frozen, str] = IdentityMemo(size=8)
    objects = [Frozen(str(n)) for n in range(32)]
    wrong: list[str] = []

    def work() -> None:
        for _ in range(50):
            for obj in objects:
                if memo.get(obj, None, lambda obj=obj: obj.text) != obj.text:  # type: ignore[misc]
                    wrong.append(obj.text)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
