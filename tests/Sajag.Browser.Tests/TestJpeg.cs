using System.Buffers.Binary;
using System.Text;

namespace Sajag.Browser.Tests;

/// <summary>Builds small JPEG photos in memory: a valid baseline grey image, with or without an EXIF block carrying GPS, date and device.</summary>
internal static class TestJpeg
{
    public const string Make = "TestMaker";
    public const string Model = "SajagTestCam";
    public const string Taken = "2024:05:10 14:30:00";

    /// <summary>23°48'37.08" N, 90°24'45" E: 23.81030, 90.41250 (Dhaka).</summary>
    public static readonly (uint Num, uint Den)[] Latitude = [(23, 1), (48, 1), (3708, 100)];

    public static readonly (uint Num, uint Den)[] Longitude = [(90, 1), (24, 1), (45, 1)];

    /// <summary>A 64×48 mid-grey baseline JPEG; with <paramref name="bigEndian"/> the EXIF block is Motorola ("MM") order.</summary>
    public static byte[] WithGps(bool bigEndian = false) => Build(Exif(bigEndian));

    public static byte[] Build(byte[]? exif, int width = 64, int height = 48)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        if (exif is not null)
        {
            Segment(jpeg, 0xE1, [.. "Exif\0\0"u8, .. exif]);
        }

        Segment(jpeg, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(jpeg, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        // One Huffman code each, "0": DC difference category 0, and AC end-of-block.
        Segment(jpeg, 0xC4, [0x00, 1, .. new byte[15], 0x00]);
        Segment(jpeg, 0xC4, [0x10, 1, .. new byte[15], 0x00]);
        Segment(jpeg, 0xDA, [1, 1, 0x00, 0, 63, 0]);
        var blocks = ((width + 7) / 8) * ((height + 7) / 8);
        var bits = blocks * 2; // "0" then "0" per block, padded with 1s
        var data = new byte[(bits + 7) / 8];
        if (bits % 8 != 0)
        {
            data[^1] = (byte)(0xFF >> (bits % 8));
        }

        jpeg.AddRange(data);
        jpeg.AddRange([0xFF, 0xD9]);
        return [.. jpeg];
    }

    /// <summary>The APP1 (EXIF, XMP) and APP13 (IPTC) segments of a JPEG: none should be left in a cleaned copy.</summary>
    public static IReadOnlyList<byte[]> MetadataSegments(byte[] jpeg)
    {
        Assert.True(jpeg is [0xFF, 0xD8, ..], "not a JPEG");
        var found = new List<byte[]>();
        for (var p = 2; p + 4 <= jpeg.Length;)
        {
            Assert.Equal(0xFF, jpeg[p]);
            var marker = jpeg[p + 1];
            if (marker is 0xDA or 0xD9)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(p + 2));
            if (marker is 0xE1 or 0xED)
            {
                found.Add(jpeg[(p + 4)..(p + 2 + length)]);
            }

            p += 2 + length;
        }

        return found;
    }

    private static void Segment(List<byte> jpeg, byte marker, byte[] body)
    {
        jpeg.AddRange([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
        jpeg.AddRange(body);
    }

    private sealed record Entry(ushort Tag, ushort Type, uint Count, byte[] Value);

    private static byte[] Exif(bool bigEndian)
    {
        byte[] U16(int v) => bigEndian ? [(byte)(v >> 8), (byte)v] : [(byte)v, (byte)(v >> 8)];
        byte[] U32(uint v) => bigEndian ? [.. U16((int)(v >> 16)), .. U16((int)(v & 0xFFFF))] : [.. U16((int)(v & 0xFFFF)), .. U16((int)(v >> 16))];
        Entry Ascii(ushort tag, string s) => new(tag, 2, (uint)(s.Length + 1), [.. Encoding.ASCII.GetBytes(s), 0]);
        Entry Rationals(ushort tag, (uint Num, uint Den)[] r) => new(tag, 5, (uint)r.Length, [.. r.SelectMany(x => U32(x.Num).Concat(U32(x.Den)))]);
        int Size(Entry[] ifd) => 2 + (12 * ifd.Length) + 4 + ifd.Sum(e => e.Value.Length > 4 ? e.Value.Length + (e.Value.Length & 1) : 0);

        var exifIfd = new[] { Ascii(0x9003, Taken) };
        var gpsIfd = new[]
        {
            new Entry(0x0000, 1, 4, [2, 3, 0, 0]),
            Ascii(0x0001, "N"), Rationals(0x0002, Latitude),
            Ascii(0x0003, "E"), Rationals(0x0004, Longitude),
        };
        var mainIfd = new[]
        {
            Ascii(0x010F, Make), Ascii(0x0110, Model), Ascii(0x0132, Taken),
            new Entry(0x8769, 4, 1, []), new Entry(0x8825, 4, 1, []),
        };
        var exifAt = 8 + Size(mainIfd);
        var gpsAt = exifAt + Size(exifIfd);
        mainIfd[3] = mainIfd[3] with { Value = U32((uint)exifAt) };
        mainIfd[4] = mainIfd[4] with { Value = U32((uint)gpsAt) };

        var tiff = new List<byte>();
        tiff.AddRange(bigEndian ? "MM"u8.ToArray() : "II"u8.ToArray());
        tiff.AddRange(U16(42));
        tiff.AddRange(U32(8));
        foreach (var ifd in new[] { mainIfd, exifIfd, gpsIfd })
        {
            var start = tiff.Count;
            var data = start + 2 + (12 * ifd.Length) + 4;
            var tail = new List<byte>();
            tiff.AddRange(U16(ifd.Length));
            foreach (var e in ifd)
            {
                tiff.AddRange(U16(e.Tag));
                tiff.AddRange(U16(e.Type));
                tiff.AddRange(U32(e.Count));
                if (e.Value.Length <= 4)
                {
                    tiff.AddRange([.. e.Value, .. new byte[4 - e.Value.Length]]);
                }
                else
                {
                    tiff.AddRange(U32((uint)(data + tail.Count)));
                    tail.AddRange(e.Value);
                    if ((e.Value.Length & 1) == 1)
                    {
                        tail.Add(0);
                    }
                }
            }

            tiff.AddRange(U32(0));
            tiff.AddRange(tail);
        }

        return [.. tiff];
    }
}
