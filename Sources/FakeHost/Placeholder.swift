enum FakeHostPlaceholder {}
