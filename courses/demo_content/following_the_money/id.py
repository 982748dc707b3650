"""Indonesian: the course description only, so the lessons show in English with a notice."""

CONTENT = {
    "title": "Mengikuti aliran uang: investigasi keuangan dan penelusuran kripto",
    "summary": (
        "Bagaimana hasil kejahatan dari kompleks penipuan berpindah melalui rekening penampung, perbankan gelap, kasino, dan "
        "aset kripto, serta bagaimana penyidik menelusuri, membekukan, dan memulihkannya."
    ),
    "outcomes": [
        "Menjelaskan tahap penghimpunan, pelapisan, dan integrasi hasil penipuan",
        "Mengenali rekening penampung (money mule) dan meminta catatan yang tepat dari bank",
        "Menjelaskan cara perbankan gelap dan kasino memindahkan nilai lintas batas",
        "Menelusuri transaksi aset kripto di blockchain publik dan mengenali bursa",
        "Bertindak cepat untuk membekukan dana dan mengamankan aset kripto yang disita",
    ],
}
