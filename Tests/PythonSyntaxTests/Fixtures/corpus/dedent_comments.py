class A:
    def f(self):
        if self:
            return 1
# comment at column zero inside the class
        # comment deeper
    def g(self):
        pass

    # comment before dedent


def h():
    pass
