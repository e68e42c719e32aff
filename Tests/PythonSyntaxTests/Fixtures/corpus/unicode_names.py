# -*- coding: utf-8 -*-
# Commentaire: café, naïve, 日本語, emoji 🎉
café = "crème brûlée"
π = 3.14159
Δx = π * 2
日本 = "語"
def grüßen(名前: str) -> str:
    return f"Hallo {名前} – {café}"
class Ünïcode:
    ñ = 1
x = "🎉" + 'ü' + """ß
ø"""
