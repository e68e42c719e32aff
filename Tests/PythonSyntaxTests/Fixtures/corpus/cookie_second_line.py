#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-15 :
s = '€'
