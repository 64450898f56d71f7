using Microsoft.AspNetCore.Identity;

namespace Sajag.Data.Entities;

/// <summary>An adult with an account: programme staff (admin) or a facilitator. Young people never have accounts.</summary>
public sealed class AdultUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public int? OrganisationId { get; set; }
}

/// <summary>The roles an adult can have.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Facilitator = "facilitator";
}

/// <summary>An NGO or school network running the programme.</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<School> Schools { get; } = [];
}

/// <summary>Where a school is: reports are broken down by it.</summary>
public enum SchoolSetting
{
    Urban,
    Rural,
}

/// <summary>A school the programme runs in.</summary>
public sealed class School
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public string Name { get; set; } = "";

    public string District { get; set; } = "";

    public SchoolSetting Setting { get; set; }
}
