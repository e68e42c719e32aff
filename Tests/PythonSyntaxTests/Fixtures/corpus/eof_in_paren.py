value = call(
    1,
    2,
