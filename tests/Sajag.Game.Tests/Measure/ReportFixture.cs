using Sajag.Game.Measure;

namespace Sajag.Game.Tests.Measure;

/// <summary>
/// Three sessions whose figures newcombe_check.py computes independently of the code under test:
/// A (Dhaka, urban: 6 girls and 7 boys aged 13-14, 2 who did not say), B (Satkhira, rural: 9 girls and
/// 3 boys aged 15-16), C (" dhaka", urban, same school as A: 4 girls and 5 boys aged 17-18).
/// </summary>
internal static class ReportFixture
{
    public static readonly SessionFacts A = new(
        Guid.Parse("0000000a-0000-0000-0000-000000000000"), new DateOnly(2026, 3, 10), 1, "Motijheel School", "Dhaka", Area.Urban,
        [new(Gender.Girl, AgeBand.From13To14, 6), new(Gender.Boy, AgeBand.From13To14, 7), new(Gender.NotSaid, AgeBand.NotSaid, 2)],
        [
            new(Gender.Girl, AgeBand.From13To14, "t1", 6, new(10, 1, 5, 2)),
            new(Gender.Boy, AgeBand.From13To14, "t1", 7, new(9, 2, 6, 4)),
            new(Gender.NotSaid, AgeBand.NotSaid, "t1", 2, new(2, 0, 3, 1)),
            new(Gender.Girl, AgeBand.From13To14, "t2", 5, new(5, 1, 6, 3)),
            new(Gender.Boy, AgeBand.From13To14, "t2", 7, new(8, 3, 5, 5)),
            new(Gender.NotSaid, AgeBand.NotSaid, "t2", 2, new(1, 1, 2, 2)),
        ],
        [new(2, "c2", "t2", 5, 5), new(0, "c0", "t1", 15, 9), new(1, "c1", "t2", 4, 3)]);

    public static readonly SessionFacts B = new(
        Guid.Parse("0000000b-0000-0000-0000-000000000000"), new DateOnly(2026, 4, 2), 2, "Satkhira Girls' High School", "Satkhira", Area.Rural,
        [new(Gender.Girl, AgeBand.From15To16, 9), new(Gender.Boy, AgeBand.From15To16, 3)],
        [
            new(Gender.Girl, AgeBand.From15To16, "t1", 9, new(12, 2, 9, 4)),
            new(Gender.Boy, AgeBand.From15To16, "t1", 3, new(3, 1, 3, 2)),
            new(Gender.Girl, AgeBand.From15To16, "t2", 8, new(6, 2, 10, 6)),
            new(Gender.Boy, AgeBand.From15To16, "t2", 3, new(2, 1, 4, 2)),
        ],
        []);

    public static readonly SessionFacts C = new(
        Guid.Parse("0000000c-0000-0000-0000-000000000000"), new DateOnly(2026, 5, 20), 1, "Motijheel School", " dhaka", Area.Urban,
        [new(Gender.Girl, AgeBand.From17To18, 4), new(Gender.Boy, AgeBand.From17To18, 5)],
        [
            new(Gender.Girl, AgeBand.From17To18, "t1", 4, new(5, 1, 4, 2)),
            new(Gender.Boy, AgeBand.From17To18, "t1", 5, new(6, 2, 5, 2)),
        ],
        []);

    public static IReadOnlyList<SessionFacts> All { get; } = [A, B, C];
}
