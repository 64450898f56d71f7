namespace Sajag.Safety.Posts;

/// <summary>The kinds of personal detail the post check looks for.</summary>
public enum DetailKind
{
    FullName,
    BirthDate,
    Age,
    Phone,
    Email,
    Address,
    School,
    Class,
    Location,
    Handle,
    Link,
}

/// <summary>The booklet's guideline that a finding goes against.</summary>
public enum Guideline
{
    /// <summary>Do not post your full name, birthday, address or school.</summary>
    KeepIdentityPrivate,

    /// <summary>Give a phone number or email only in private, to people you know offline.</summary>
    KeepContactPrivate,

    /// <summary>Do not say where you are right now.</summary>
    KeepLocationPrivate,
}

/// <summary>A personal detail found in a draft post: where it is (UTF-16 code units) and why it matters.</summary>
/// <param name="Kind">What kind of detail it is.</param>
/// <param name="Start">Where it starts in the draft, in UTF-16 code units.</param>
/// <param name="Length">How long it is, in UTF-16 code units.</param>
/// <param name="Text">The detail as it was written.</param>
public sealed record PersonalDetail(DetailKind Kind, int Start, int Length, string Text)
{
    /// <summary>The kind as written in JSON: phone, email, birth-date, age, address, school, class, full-name, location, handle, link.</summary>
    public string Code => Kinds.Code(Kind);

    /// <summary>The key of the one-line explanation, e.g. <c>post.why.phone</c>.</summary>
    public string WhyKey => "post.why." + Code;

    /// <summary>The guideline behind the explanation.</summary>
    public Guideline Guideline => Kinds.GuidelineOf(Kind);

    /// <summary>Where the detail ends (exclusive).</summary>
    public int End => Start + Length;
}

/// <summary>Names and guidelines of the detail kinds.</summary>
public static class Kinds
{
    /// <summary>The kind's name in JSON and in explanation keys.</summary>
    public static string Code(DetailKind kind) => kind switch
    {
        DetailKind.FullName => "full-name",
        DetailKind.BirthDate => "birth-date",
        DetailKind.Age => "age",
        DetailKind.Phone => "phone",
        DetailKind.Email => "email",
        DetailKind.Address => "address",
        DetailKind.School => "school",
        DetailKind.Class => "class",
        DetailKind.Location => "location",
        DetailKind.Handle => "handle",
        DetailKind.Link => "link",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The key of a guideline's text, e.g. <c>post.guideline.identity</c>.</summary>
    public static string GuidelineKey(Guideline guideline) => guideline switch
    {
        Guideline.KeepIdentityPrivate => "post.guideline.identity",
        Guideline.KeepContactPrivate => "post.guideline.contact",
        Guideline.KeepLocationPrivate => "post.guideline.location",
        _ => throw new ArgumentOutOfRangeException(nameof(guideline), guideline, null),
    };

    /// <summary>Which guideline a kind of detail goes against.</summary>
    public static Guideline GuidelineOf(DetailKind kind) => kind switch
    {
        DetailKind.Phone or DetailKind.Email or DetailKind.Handle or DetailKind.Link => Guideline.KeepContactPrivate,
        DetailKind.Location => Guideline.KeepLocationPrivate,
        _ => Guideline.KeepIdentityPrivate,
    };
}
