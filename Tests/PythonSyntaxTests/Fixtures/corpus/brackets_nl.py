result = call(
    first,  # comment after first

    second,
    # a comment line inside the call
    third=[
        1, 2,
        3,
    ],
)
data = {
    "a": (1,
          2),
}

   # an oddly indented comment
value = (
)
