/*
 * Tokens of Kindling's Python subset.
 *
 * Indentation is not decided here: NEWLINE tokens carry the next line's leading white space,
 * and KindlingLexerBase turns them into NEWLINE, INDENT and DEDENT (skipping newlines inside
 * brackets and blank lines), so this grammar stays free of actions.
 */
lexer grammar KindlingLexer;

options { superClass = KindlingLexerBase; }

tokens { INDENT, DEDENT }

// Keywords
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FALSE    : 'False';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONE     : 'None';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRUE     : 'True';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

NEWLINE : ( '\r'? '\n' | '\r' | '\f' ) [ \t\f]* ;

NAME : ID_START ID_CONTINUE* ;

STRING : STRING_PREFIX? ( LONG_STRING | SHORT_STRING ) ;

NUMBER : IMAG_NUMBER | FLOAT_NUMBER | INTEGER ;

// Operators and delimiters
ELLIPSIS    : '...';
DOT         : '.';
STAR        : '*';
POWER       : '**';
OPEN_PAREN  : '(';
CLOSE_PAREN : ')';
COMMA       : ',';
COLON       : ':';
SEMI_COLON  : ';';
ASSIGN      : '=';
OPEN_BRACK  : '[';
CLOSE_BRACK : ']';
OR_OP       : '|';
XOR         : '^';
AND_OP      : '&';
LEFT_SHIFT  : '<<';
RIGHT_SHIFT : '>>';
ADD         : '+';
MINUS       : '-';
DIV         : '/';
MOD         : '%';
IDIV        : '//';
NOT_OP      : '~';
OPEN_BRACE  : '{';
CLOSE_BRACE : '}';
LESS_THAN   : '<';
GREATER_THAN: '>';
EQUALS      : '==';
GT_EQ       : '>=';
LT_EQ       : '<=';
NOT_EQ      : '!=';
AT          : '@';
ARROW       : '->';
WALRUS      : ':=';
ADD_ASSIGN  : '+=';
SUB_ASSIGN  : '-=';
MULT_ASSIGN : '*=';
AT_ASSIGN   : '@=';
DIV_ASSIGN  : '/=';
MOD_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
LEFT_SHIFT_ASSIGN  : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
POWER_ASSIGN : '**=';
IDIV_ASSIGN  : '//=';

SKIP_ : ( [ \t]+ | COMMENT | LINE_JOINING ) -> skip ;

// Anything else is reported by the parser as an invalid character, with its position.
ERROR_CHAR : . ;

fragment COMMENT      : '#' ~[\r\n\f]* ;
fragment LINE_JOINING : '\\' [ \t]* ( '\r'? '\n' | '\r' | '\f' ) ;

fragment STRING_PREFIX : [rRbBfFuU] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB] ;
fragment SHORT_STRING
    : '\'' ( STRING_ESCAPE_SEQ | ~[\\\r\n\f'] )* '\''
    | '"' ( STRING_ESCAPE_SEQ | ~[\\\r\n\f"] )* '"'
    ;
fragment LONG_STRING
    : '\'\'\'' LONG_STRING_ITEM*? '\'\'\''
    | '"""' LONG_STRING_ITEM*? '"""'
    ;
fragment LONG_STRING_ITEM : ~'\\' | STRING_ESCAPE_SEQ ;
fragment STRING_ESCAPE_SEQ : '\\' . | '\\' NEWLINE_CHARS ;
fragment NEWLINE_CHARS : '\r'? '\n' | '\r' ;

fragment INTEGER : DEC_INTEGER | OCT_INTEGER | HEX_INTEGER | BIN_INTEGER ;
fragment DEC_INTEGER : [1-9] ( '_'? DIGIT )* | '0' ( '_'? '0' )* ;
fragment OCT_INTEGER : '0' [oO] ( '_'? [0-7] )+ ;
fragment HEX_INTEGER : '0' [xX] ( '_'? [0-9a-fA-F] )+ ;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+ ;
fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT : DIGIT_PART? FRACTION | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) EXPONENT ;
fragment DIGIT_PART : DIGIT ( '_'? DIGIT )* ;
fragment FRACTION : '.' DIGIT_PART ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART ;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ] ;
fragment DIGIT : [0-9] ;

fragment ID_START : [_\p{L}\p{Nl}] ;
fragment ID_CONTINUE : [_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}] ;
