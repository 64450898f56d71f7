using Sajag.Safety.Posts;

namespace Sajag.Safety.Tests.Posts;

/// <summary>
/// The post check's scope (issue 12 item 5), each part on minimal drafts in English, Bangla and Banglish: ages beside names,
/// birthdays, live places, handles and profile links, schools named by their own word, numbers spelt out; and the hard negatives
/// a young person would not want marked.
/// </summary>
public sealed class PostScopeTests
{
    public static TheoryData<string, string, string> Marked => new()
    {
        // Ages beside a name, and said in a sentence.
        { "Ayesha Siddiqua, 15, loves painting", "age", "15" },
        { "Ayesha Siddiqua, 15, loves painting", "full-name", "Ayesha Siddiqua" },
        { "Riya (15) 🎂", "age", "15" },
        { "১৫ বছর হয়ে গেলাম আজ", "age", "১৫ বছর" },
        { "ajke 16 hoye gelam", "age", "16 hoye gelam" },
        { "আমি তাসনিম, ১৪ বছর", "age", "১৪ বছর" },

        // Birthdays.
        { "my birthday is on 12 March", "birth-date", "12 March" },
        { "জন্মদিন ১২ মার্চ", "birth-date", "১২ মার্চ" },
        { "amar jonmodin 5 june", "birth-date", "5 june" },
        { "my bestie turns 16 on 1st January", "birth-date", "1st January" },
        { "কালকে আমার জন্মদিন, ১২ এপ্রিল", "birth-date", "১২ এপ্রিল" },

        // Where someone is now, or will be.
        { "waiting outside Rifles Square gate", "location", "Rifles Square gate" },
        { "waiting near Shapla Chottor", "location", "Shapla Chottor" },
        { "এখন ধানমন্ডি লেকে বসে আছি", "location", "ধানমন্ডি লেকে" },
        { "ধানমন্ডি লেকের পাশে দাঁড়িয়ে আছি", "location", "ধানমন্ডি লেকের" },
        { "dhanmondi lake e boshe achi", "location", "dhanmondi lake" },
        { "ekhon Bashundhara City te achi, keu ashbi?", "location", "Bashundhara City" },
        { "Ramna Park, come say hi", "location", "Ramna Park" },

        // Handles and profile links.
        { "follow @tanjim.shots", "handle", "@tanjim.shots" },
        { "fb.com/tanjim.rahman99", "link", "fb.com/tanjim.rahman99" },
        { "ইনস্টা আইডি tanjim_shots_24", "handle", "tanjim_shots_24" },

        // Schools named by their own word, or beside a class or a school event.
        { "Viqi te pori", "school", "Viqi" },
        { "Holy Cross e admission dilam", "school", "Holy Cross" },
        { "নটর ডেমে ভর্তি হলাম", "school", "নটর ডেমে" },
        { "proud Scholastica girl", "school", "Scholastica" },
        { "Class 10 in Sylhet Govt Pilot", "school", "Sylhet Govt Pilot" },
        { "Roll 204, Viqarunnisa Noon School", "school", "Viqarunnisa Noon School" },
        { "Mastermind er debate team e chance paisi", "school", "Mastermind" },
        { "শাহীন কলেজের ক্লাস ১০", "school", "শাহীন কলেজের" },

        // Numbers spelt out a digit a word, and one hidden behind a word that reads as a digit.
        { "zero one seven one one two three four five six seven", "phone", "zero one seven one one two three four five six seven" },
        { "text me at zero one seven one one, two three four, five six seven", "phone", "zero one seven one one, two three four, five six seven" },
        { "শূন্য এক সাত এক এক দুই তিন চার পাঁচ ছয় সাত", "phone", "শূন্য এক সাত এক এক দুই তিন চার পাঁচ ছয় সাত" },
        { "shunno ek sat ek ek dui tin char pach choy sat", "phone", "shunno ek sat ek ek dui tin char pach choy sat" },
    };

    /// <summary>
    /// What stays unmarked, decided for a young person: a place nobody can find you from (home, school, English class), an
    /// adult's or a pet's age, durations and scores, everyday words that are also school names, counting in words.
    /// </summary>
    public static TheoryData<string> Unmarked => new()
    {
        "15 minutes late to class",
        "at home right now, so bored",
        "I'm at school right now",
        "আমি এখন বাসায় আছি",
        "ami ekhon bashay achi",
        "I'm in English class now",
        "I'm in love with this song",
        "Cox's Bazar is beautiful in winter, the longest sea beach in the world",
        "my dad is 45 today",
        "my cat is 3 years old today",
        "Shakib er boyosh 37, tobu o best",
        "we scored 15 runs in 2 overs",
        "১৫ মিনিট দেরি হয়ে গেলাম",
        "Shaheen is my best friend",
        "the Ideal way to study",
        "he is the mastermind of the prank",
        "one two three four five six seven eight nine ten, ready or not",
        "এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ, লুকাও!",
    };

    [Theory]
    [MemberData(nameof(Marked))]
    [MemberData(nameof(GeneralisedPostDrafts.Marked), MemberType = typeof(GeneralisedPostDrafts))]
    public void Find_MarksTheDetail(string draft, string kind, string marked)
    {
        var found = PersonalDetailFinder.Find(draft, FixedDate.Today);

        Assert.Contains(found, d => d.Code == kind && d.Text == marked);
    }

    [Theory]
    [MemberData(nameof(Unmarked))]
    [MemberData(nameof(GeneralisedPostDrafts.Unmarked), MemberType = typeof(GeneralisedPostDrafts))]
    public void Find_LeavesItUnmarked(string draft)
    {
        Assert.Empty(PersonalDetailFinder.Find(draft, FixedDate.Today));
    }

    [Fact]
    public void Find_KeepsTheWritersOwnPeoplesBirthdays()
    {
        Assert.Contains(PersonalDetailFinder.Find("my sister's birthday is 5 May, help me plan", FixedDate.Today), d => d.Code == "birth-date" && d.Text == "5 May");
        Assert.Contains(PersonalDetailFinder.Find("আমার বোনের জন্মদিন ১২ এপ্রিল", FixedDate.Today), d => d.Code == "birth-date");
    }

    [Fact]
    public void Find_TomorrowIsMyBirthday_WithoutADate_MarksThePhrase()
    {
        var found = Assert.Single(PersonalDetailFinder.Find("kal amr bday 🎂", FixedDate.Today));

        Assert.Equal(("birth-date", "kal amr bday"), (found.Code, found.Text));
    }
}
