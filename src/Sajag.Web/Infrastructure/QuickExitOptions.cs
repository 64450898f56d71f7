using System.ComponentModel.DataAnnotations;

namespace Sajag.Web.Infrastructure;

/// <summary>The neutral site that quick exit leaves for.</summary>
public sealed class QuickExitOptions
{
    public const string Section = "QuickExit";

    [Required, Url]
    public string Url { get; set; } = "https://www.google.com/";
}
