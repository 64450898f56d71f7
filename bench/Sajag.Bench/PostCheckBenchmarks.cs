using BenchmarkDotNet.Attributes;
using Sajag.Safety.Posts;

namespace Sajag.Bench;

/// <summary>The post check over 1,000 made-up draft posts: English, Bangla, Banglish, one in four with a personal detail.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PostCheckBenchmarks
{
    private const int Count = 1_000;

    private string[] _posts = [];

    /// <summary>Drafts a young person might write (no real person's text), 40-200 characters.</summary>
    public static string[] Generate(int count)
    {
        string[] plain =
        [
            "Finally finished the science fair project with my team, so proud of us!",
            "আজকের বৃষ্টিতে ভিজে অনেক মজা হলো, সবাই মিলে চা খেলাম।",
            "ajke cricket match e amra jitsi, next week final, sobai pray koro",
            "New book from the library: a mystery about a lost cat. Recommend it!",
            "ঈদের ছুটিতে নানুর বাড়ি যাচ্ছি, অনেক দিন পর সবার সাথে দেখা হবে",
            "math exam er age last minute revision, wish me luck guys",
        ];
        string[] detailed =
        [
            "call me on 01712-345678 after 5, I'm at home alone today",
            "আমার নাম রিয়া আক্তার, আমি ক্লাস ৮ এ পড়ি, ভিকারুননিসা নূন স্কুলে",
            "birthday on 12/03/2010, party at House 12, Road 5, Dhanmondi",
            "amar insta @riya_2010 follow koro, snap e o ache same name",
        ];
        var random = new Random(11);
        return Enumerable.Range(0, count)
            .Select(i => i % 4 == 3 ? detailed[random.Next(detailed.Length)] : plain[random.Next(plain.Length)])
            .ToArray();
    }

    // A fixed date, so runs on different days read the same drafts the same way.
    private static readonly DateOnly Today = new(2026, 12, 8);

    [GlobalSetup]
    public void Setup()
    {
        _posts = Generate(Count);
        PostCheck.Run("warm up", Today); // build the rules outside the measurement
    }

    /// <summary>Checks 1,000 drafts; the mean and allocation are per draft.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int CheckPosts()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += PostCheck.Run(post, Today).Findings.Count;
        }

        return found;
    }
}
