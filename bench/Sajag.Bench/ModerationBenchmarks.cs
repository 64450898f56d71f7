using BenchmarkDotNet.Attributes;
using Sajag.Safety.Moderation;

namespace Sajag.Bench;

/// <summary>The moderation filter over 1,000 discussion answers: English, Bangla, Banglish, some disguised, some with numbers.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ModerationBenchmarks
{
    private string[] _answers = [];

    /// <summary>A classroom's worth of made-up answers (no young person's real text), at most 280 characters each.</summary>
    public static string[] Generate(int count)
    {
        string[] clean =
        [
            "Don't reply, block them and tell a trusted adult like a teacher or your parents.",
            "If someone asks for photos, say no and call 1098. Keep the chat as proof but never forward the pictures.",
            "অচেনা কেউ বন্ধু হতে চাইলে আগে বড় কাউকে জানাও। ছবি বা ঠিকানা কখনো পাঠাবে না।",
            "ami mone kori privacy settings on rakha dorkar, r school er nam profile e deya thik na",
            "Grooming starts with compliments and gifts; the assessment of risk is hard for a classic victim.",
            "কেউ ভয় দেখালে টাকা দেবে না, চ্যাট মুছবে না, আর ১০৯৮ নম্বরে ফোন দেবে।",
            "bondhu der sathe kotha bolo, eka eka kichu korba na, magic er moto kichu hobe na",
            "Think before you post: once a picture is online it can spread across the global internet.",
        ];
        string[] flagged =
        [
            "call me 01712-345678 after class",
            "amar number ০১৭১২৩৪৫৬৭৮ whatsapp koro",
            "f u c k this, they are sh1t people",
            "tor chobi viral kore dibo bolse oi khanki",
            "follow @rahim_123 or fb.com/rahim.k",
            "এই মাগি চুপ কর",
            "I will leak your pics if you don't pay",
            "House 12, Road 5, Dhanmondi e amader basha",
        ];
        var random = new Random(7);
        return Enumerable.Range(0, count)
            .Select(i => i % 5 == 4 ? flagged[random.Next(flagged.Length)] : clean[random.Next(clean.Length)])
            .ToArray();
    }

    [GlobalSetup]
    public void Setup()
    {
        _answers = Generate(1_000);
        Moderator.Check("warm up"); // build the word lists outside the measurement
    }

    /// <summary>Checks 1,000 answers; divide the mean by 1,000 for one answer.</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public int CheckAnswers()
    {
        var flagged = 0;
        foreach (var answer in _answers)
        {
            flagged += Moderator.Check(answer).Flagged ? 1 : 0;
        }

        return flagged;
    }
}
