import PresswatchCore
import PresswatchTesting
import Testing

/// A token keeps its kind and tag in one word (24 bytes a token, not 40): every kind with
/// every sort of tag reads back as it was set, and tokens compare as their fields do.
@Suite(.tags(.fast))
struct TokenTests {
    static let tags: [PartOfSpeech?] = [
        nil, .noun, .personName, .english, .unknown, PartOfSpeech("nrfg"),
        PartOfSpeech("abcdefgh"),
        // Tags that do not fit the word: longer than 8 scalars, not ASCII, empty, a NUL.
        PartOfSpeech("abcdefghi"), PartOfSpeech("名词"), PartOfSpeech("é"), PartOfSpeech(""),
        PartOfSpeech("a\u{0}b"), PartOfSpeech("a much longer tag than any lexicon has"),
    ]

    @Test func isTwentyFourBytes() {
        #expect(MemoryLayout<Token>.stride == 24)
    }

    @Test func everyKindAndTagReadsBack() {
        for kind in TokenKind.allCases {
            for tag in Self.tags {
                var token = Token(span: Span(start: 3, end: 7), kind: kind, tag: tag)
                #expect(token.kind == kind)
                #expect(token.tag == tag)
                #expect(token.span == Span(start: 3, end: 7))
                for other in TokenKind.allCases {
                    token.kind = other
                    #expect(token.kind == other && token.tag == tag)
                }
                for other in Self.tags {
                    token.tag = other
                    #expect(token.tag == other && token.kind == TokenKind.allCases.last)
                }
            }
        }
    }

    @Test func tokensAreEqualExactlyWhenTheirFieldsAre() {
        var tokens: [Token] = []
        for kind in TokenKind.allCases {
            for tag in Self.tags {
                tokens.append(Token(span: Span(start: 0, end: 1), kind: kind, tag: tag))
            }
        }
        for first in tokens {
            for second in tokens {
                let same = first.kind == second.kind && first.tag == second.tag
                #expect((first == second) == same)
                if same { #expect(first.hashValue == second.hashValue) }
            }
        }
        #expect(Set(tokens).count == tokens.count)
    }
}
