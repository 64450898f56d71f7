namespace Sajag.Web.Features.Accounts;

/// <summary>The interface words of the adult pages (sign-in, setup, admin), in English and Bangla.</summary>
internal static class AccountsText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["account.login"] = ("Sign in", "সাইন ইন"),
        ["account.logout"] = ("Sign out", "সাইন আউট"),
        ["account.email"] = ("Email", "ইমেইল"),
        ["account.password"] = ("Password", "পাসওয়ার্ড"),
        ["account.password.hint"] = ("At least 12 characters, and not a common password (such as \"password1234\").", "কমপক্ষে ১২ অক্ষর, আর সহজে অনুমান করা যায় এমন পাসওয়ার্ড নয় (যেমন \"password1234\")।"),
        ["account.name"] = ("Your name", "আপনার নাম"),
        ["account.empty"] = ("Type your email and your password.", "আপনার ইমেইল আর পাসওয়ার্ড লিখুন।"),
        ["account.failed"] = (
            "That email and password do not match, or there were too many wrong tries. Check them, or wait 15 minutes and try again.",
            "ইমেইল আর পাসওয়ার্ড মেলেনি, অথবা অনেকবার ভুল চেষ্টা হয়েছে। আবার দেখে নিন, অথবা ১৫ মিনিট অপেক্ষা করে আবার চেষ্টা করুন।"),
        ["account.slow"] = (
            "Too many sign-in tries from this network. Wait a minute and try again.",
            "এই নেটওয়ার্ক থেকে অনেকবার সাইন ইনের চেষ্টা হয়েছে। এক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।"),
        ["account.for"] = ("For facilitators and programme staff. Students never need an account.", "সহায়ক ও কর্মসূচির কর্মীদের জন্য। শিক্ষার্থীদের কোনো অ্যাকাউন্ট লাগে না।"),
        ["setup.title"] = ("Create the first admin", "প্রথম অ্যাডমিন তৈরি করুন"),
        ["setup.invalid"] = ("This setup link is not valid. It works once, only while there is no admin.", "এই সেটআপ লিংকটি বৈধ নয়। এটি একবারই কাজ করে, যতক্ষণ কোনো অ্যাডমিন নেই।"),
        ["setup.organisation"] = ("Organisation", "প্রতিষ্ঠান"),
        ["setup.create"] = ("Create admin", "অ্যাডমিন তৈরি করুন"),
        ["admin.title"] = ("Programme admin", "কর্মসূচি অ্যাডমিন"),
        ["admin.schools"] = ("Schools", "স্কুল"),
        ["admin.school.name"] = ("School name", "স্কুলের নাম"),
        ["admin.school.district"] = ("District", "জেলা"),
        ["admin.school.setting"] = ("Urban or rural", "শহর না গ্রাম"),
        ["admin.urban"] = ("Urban", "শহর"),
        ["admin.rural"] = ("Rural", "গ্রাম"),
        ["admin.school.add"] = ("Add school", "স্কুল যোগ করুন"),
        ["admin.facilitators"] = ("Facilitators", "সহায়ক"),
        ["admin.facilitator.add"] = ("Add facilitator", "সহায়ক যোগ করুন"),
        ["admin.invalid"] = ("Please fill in every field correctly.", "অনুগ্রহ করে প্রতিটি ঘর ঠিকভাবে পূরণ করুন।"),
        ["admin.required"] = ("Please fill in this field.", "অনুগ্রহ করে এই ঘরটি পূরণ করুন।"),
        ["admin.facilitator.name"] = ("Facilitator's name", "সহায়কের নাম"),
        ["admin.school.saved"] = ("School added: {0}.", "স্কুল যোগ হয়েছে: {0}।"),
        ["admin.facilitator.saved"] = ("Facilitator added: {0}. They can sign in now.", "সহায়ক যোগ হয়েছে: {0}। তিনি এখন সাইন ইন করতে পারবেন।"),
        ["admin.none"] = ("None yet.", "এখনো নেই।"),
        ["staffnav.role"] = ("for facilitators", "সহায়কদের জন্য"),
        ["staffnav.sessions"] = ("Sessions", "সেশন"),
        ["staffnav.ideas"] = ("Ideas", "আইডিয়া"),
        ["staffnav.admin"] = ("Admin", "অ্যাডমিন"),
    };
}
