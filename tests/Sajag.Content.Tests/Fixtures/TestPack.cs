namespace Sajag.Tests.Fixtures;

/// <summary>A small valid content pack in a temporary folder, for tests that break one thing in it.</summary>
public sealed class TestPack : IDisposable
{
    public const string PackYaml = """
        id: test-pack
        version: 0.1.0
        languages: [en, bn]
        title: { en: Test pack, bn: পরীক্ষার প্যাক }
        credits: { en: Written for tests., bn: পরীক্ষার জন্য লেখা। }
        """;

    public const string TopicYaml = """
        id: topic-one
        order: 1
        colour: "#1f5f8b"
        title:
          en: Topic one
          bn: প্রথম বিষয়
        summary: { en: A summary., bn: একটি সারাংশ। }
        lesson:
          en: |
            A lesson in **Markdown**.
          bn: |
            **মার্কডাউনে** একটি পাঠ।
        discuss:
          - { en: First question?, bn: প্রথম প্রশ্ন? }
          - { en: Second question?, bn: দ্বিতীয় প্রশ্ন? }
        facts:
          - text: { en: A fact., bn: একটি তথ্য। }
            source: A source
        red_alert: { en: Be careful., bn: সাবধান থাকো। }
        signs: [secrecy]
        """;

    public const string CardsYaml = """
        - id: card-one
          topic: topic-one
          kind: scenario
          sensitive: false
          signs: [secrecy, flattery]
          prompt:
            en: What do you do?
            bn: তুমি কী করবে?
          options:
            - text: { en: Tell an adult, bn: বড় কাউকে বলো }
              correct: true
              feedback: { en: Right., bn: ঠিক। }
            - text: { en: Keep it secret, bn: গোপন রাখো }
              feedback: { en: Not safe., bn: নিরাপদ নয়। }
          explanation: { en: Because., bn: কারণ। }
        - id: card-two
          topic: topic-one
          kind: discuss
          prompt: { en: Talk about it., bn: এটা নিয়ে কথা বলো। }
          explanation: { en: A good talk reaches this., bn: ভালো আলোচনা এখানে পৌঁছায়। }
        """;

    public const string HelplinesYaml = """
        helplines:
          - id: child-helpline
            country: BD
            name: { en: Child Helpline, bn: চাইল্ড হেল্পলাইন }
            number: "1098"
            for: { en: Any child, bn: যেকোনো শিশু }
            hours: { en: Day and night, bn: দিনরাত }
            cost: { en: Free, bn: বিনা খরচে }
            source: A source
            checked: 2026-11-29
        """;

    public const string HelpYaml = """
        threatened:
          title: { en: Threatened, bn: হুমকি }
          steps:
            - { en: Do not pay., bn: টাকা দিও না। }
        images:
          title: { en: Images, bn: ছবি }
          text: { en: Take It Down., bn: টেক ইট ডাউন। }
          link: https://takeitdown.ncmec.org
        trusted_adult:
          title: { en: Tell an adult, bn: বড় কাউকে বলো }
          steps:
            - { en: Choose someone., bn: কাউকে বেছে নাও। }
        """;

    public const string AssessmentYaml = """
        items:
          - id: item-one
            topic: topic-one
            prompt: { en: Which is true?, bn: কোনটি সত্য? }
            options:
              - text: { en: This, bn: এটা }
                correct: true
              - text: { en: That, bn: ওটা }
        """;

    public const string GlossaryYaml = """
        terms:
          - id: trusted-adult
            term: { en: trusted adult, bn: ভরসার বড় মানুষ }
            definition: { en: An adult you can tell., bn: যে বড় মানুষকে বলা যায়। }
            avoid: { bn: [বিশ্বস্ত বড়] }
        jargon:
          - { language: bn, word: প্যাটার্ন, instead: ধরন }
        """;

    /// <summary>A guide file for <paramref name="id"/> with one section.</summary>
    public static string GuideYaml(string id, string audience) => $$"""
        id: {{id}}
        audience: {{audience}}
        title: { en: The {{id}} guide, bn: {{id}} নির্দেশিকা }
        summary: { en: What it is for., bn: এটা কীসের জন্য। }
        sections:
          - id: first
            title: { en: First, bn: প্রথম }
            text: { en: Listen first., bn: আগে শোনো। }
        """;

    public TestPack()
    {
        Path = System.IO.Path.Join(System.IO.Path.GetTempPath(), "sajag-pack-" + Guid.NewGuid().ToString("N"));
        Write("pack.yaml", PackYaml);
        Write("topics/01-topic-one.yaml", TopicYaml);
        Write("cards/01-topic-one.yaml", CardsYaml);
        Write("helplines.yaml", HelplinesYaml);
        Write("help.yaml", HelpYaml);
        Write("assessment.yaml", AssessmentYaml);
        Write("glossary.yaml", GlossaryYaml);
        Write("guides/facilitator.yaml", GuideYaml("facilitator", "staff"));
        Write("guides/disclosure.yaml", GuideYaml("disclosure", "public"));
        Write("guides/adults.yaml", GuideYaml("adults", "public"));
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Join(Path, relative);

    public TestPack Write(string relative, string content)
    {
        var file = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, content.ReplaceLineEndings("\n") + "\n");
        return this;
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/>; fails the test when it is not exactly once.</summary>
    public TestPack Replace(string relative, string old, string replacement)
    {
        var text = System.IO.File.ReadAllText(File(relative));
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{old}' is not in {relative} exactly once.");
        }

        System.IO.File.WriteAllText(File(relative), text[..at] + replacement + text[(at + old.Length)..]);
        return this;
    }

    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>-th <paramref name="marker"/>, found by plain text search.</summary>
    public (int Line, int Column) Locate(string relative, string marker, int occurrence = 1)
    {
        var lines = System.IO.File.ReadAllLines(File(relative));
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            for (var column = lines[i].IndexOf(marker, StringComparison.Ordinal); column >= 0; column = lines[i].IndexOf(marker, column + 1, StringComparison.Ordinal))
            {
                if (++seen == occurrence)
                {
                    return (i + 1, column + 1);
                }
            }
        }

        throw new InvalidOperationException($"'{marker}' occurrence {occurrence} is not in {relative}.");
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    /// <summary>The repository's root folder (the one holding Sajag.slnx).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Join(dir.FullName, "Sajag.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sajag.slnx not found above the test's folder.");
    }

    public static string DefaultPackPath => System.IO.Path.Join(RepositoryRoot(), "content", "packs", "default");
}
