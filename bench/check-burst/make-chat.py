#!/usr/bin/env python3
"""Writes a WhatsApp export of about SIZE megabytes to stdout: two people, ordinary talk, and one
warning sign every EVERY messages (the same mix as bench/Sajag.Bench/ConversationCheckBenchmarks.cs).

    python3 bench/check-burst/make-chat.py 10 500 > chat.txt
"""
import datetime
import random
import sys

ORDINARY = [
    "kal math test er syllabus ki?", "chapter 4 r 5, exercise 4.2 theke beshi ashbe", "আজকে স্কুলে অনেক মজা হয়েছে",
    "did you finish the bio assignment?", "ami ekhon porte boshbo, pore kotha boli", "<Media omitted>", "ok 👍",
    "কালকে কোচিং আছে, ৪টায়", "that last match was insane bro 🔥", "haha thik ache",
]
SIGNS = [
    "tumi kon school e poro?", "tomar moto cute meye ami dekhi nai 😍", "kauke bolba na kintu", "send me a pic of you right now",
    "তুমি কি এখন বাসায় একা?", "ami tomake 600 UC gift kore dibo",
]


def main() -> None:
    size = int(float(sys.argv[1]) * 1024 * 1024)
    every = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    rng = random.Random(42)
    start = datetime.datetime(2024, 3, 1, 9, 0)
    out = sys.stdout.buffer
    written = 0
    i = 0
    while True:
        when = start + datetime.timedelta(minutes=7 * i)
        author = "Rafi" if i % 2 == 0 else "Ghost Bhai PUBG"
        text = rng.choice(SIGNS) if i % every == every - 1 else rng.choice(ORDINARY)
        line = f"{when:%d/%m/%Y, %H:%M} - {author}: {text}\n".encode()
        if written + len(line) > size:
            break
        out.write(line)
        written += len(line)
        i += 1


main()
