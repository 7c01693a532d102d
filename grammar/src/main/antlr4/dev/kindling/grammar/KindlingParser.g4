/*
 * Kindling's Python subset: statements and expressions with Python 3's precedence.
 *
 * The rules follow CPython's classic LL(1) grammar (Grammar/Grammar of Python 3.8), trimmed to
 * the subset Kindling runs. No actions: dev.kindling.lang.ast.AstBuilder turns the tree into
 * Kindling's own immutable AST.
 */
parser grammar KindlingParser;

options { tokenVocab = KindlingLexer; }

fileInput : ( NEWLINE | stmt )* EOF ;

/** One expression, for Session.eval and the REPL's echo. */
evalInput : testlist NEWLINE* EOF ;

stmt : simpleStmts | compoundStmt ;

simpleStmts : simpleStmt ( SEMI_COLON simpleStmt )* SEMI_COLON? ( NEWLINE | EOF ) ;

simpleStmt
    : exprStmt                                      # expressionStmt
    | yieldExpr                                     # yieldStmt
    | DEL exprlist                                  # delStmt
    | PASS                                          # passStmt
    | BREAK                                         # breakStmt
    | CONTINUE                                      # continueStmt
    | RETURN testlist?                              # returnStmt
    | RAISE ( test ( FROM test )? )?                # raiseStmt
    | GLOBAL NAME ( COMMA NAME )*                   # globalStmt
    | NONLOCAL NAME ( COMMA NAME )*                 # nonlocalStmt
    | ASSERT test ( COMMA test )?                   # assertStmt
    | IMPORT dottedAsName ( COMMA dottedAsName )*   # importStmt
    | FROM dottedName IMPORT ( STAR | OPEN_PAREN importAsNames CLOSE_PAREN | importAsNames ) # fromImportStmt
    ;

exprStmt
    : testlistStarExpr augassign testlist                       # augAssign
    | testlistStarExpr COLON test ( ASSIGN testlist )?          # annAssign
    | testlistStarExpr ( ASSIGN testlistStarExpr )* ASSIGN yieldExpr # yieldAssign
    | testlistStarExpr ( ASSIGN testlistStarExpr )+             # assign
    | testlistStarExpr                                          # exprOnly
    ;

/** {@code yield}, {@code yield value} or {@code yield from iterable}: a statement, or the value of an assignment. */
yieldExpr : YIELD ( FROM test | testlistStarExpr )? ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
    | OR_ASSIGN | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN | POWER_ASSIGN | IDIV_ASSIGN
    ;

dottedAsName : dottedName ( AS NAME )? ;
importAsName : NAME ( AS NAME )? ;
importAsNames : importAsName ( COMMA importAsName )* COMMA? ;
dottedName : NAME ( DOT NAME )* ;

compoundStmt
    : ifStmt | whileStmt | forStmt | tryStmt | withStmt | funcdef | classdef | decorated
    ;

ifStmt : IF test COLON suite ( ELIF test COLON suite )* ( ELSE COLON suite )? ;
whileStmt : WHILE test COLON suite ( ELSE COLON suite )? ;
forStmt : FOR exprlist IN testlist COLON suite ( ELSE COLON suite )? ;
tryStmt
    : TRY COLON suite
      ( ( exceptClause COLON suite )+ ( ELSE COLON suite )? ( FINALLY COLON suite )?
      | FINALLY COLON suite
      )
    ;
exceptClause : EXCEPT ( test ( AS NAME )? )? ;
withStmt : WITH withItem ( COMMA withItem )* COLON suite ;
withItem : test ( AS expr )? ;

decorator : AT test NEWLINE ;
decorated : decorator+ ( classdef | funcdef ) ;
funcdef : DEF NAME parameters ( ARROW test )? COLON suite ;
parameters : OPEN_PAREN paramList? CLOSE_PAREN ;

/** Parameters of def: positional (with defaults), *args or a bare *, keyword-only, **kwargs. */
paramList
    : param ( COMMA param )* ( COMMA ( starParams )? )?
    | starParams
    ;
starParams
    : STAR param? ( COMMA param )* ( COMMA ( POWER param COMMA? )? )?
    | POWER param COMMA?
    ;
param : NAME ( COLON test )? ( ASSIGN test )? ;

lambdaParams
    : lambdaParam ( COMMA lambdaParam )* ( COMMA ( lambdaStarParams )? )?
    | lambdaStarParams
    ;
lambdaStarParams
    : STAR lambdaParam? ( COMMA lambdaParam )* ( COMMA ( POWER lambdaParam COMMA? )? )?
    | POWER lambdaParam COMMA?
    ;
lambdaParam : NAME ( ASSIGN test )? ;

classdef : CLASS NAME ( OPEN_PAREN arglist? CLOSE_PAREN )? COLON suite ;

suite : simpleStmts | NEWLINE INDENT stmt+ DEDENT ;

// Expressions, lowest precedence first.
test : orTest ( IF orTest ELSE test )? | lambdef ;
testNoCond : orTest | lambdefNoCond ;
lambdef : LAMBDA lambdaParams? COLON test ;
lambdefNoCond : LAMBDA lambdaParams? COLON testNoCond ;
orTest : andTest ( OR andTest )* ;
andTest : notTest ( AND notTest )* ;
notTest : NOT notTest | comparison ;
comparison : expr ( compOp expr )* ;
compOp : LESS_THAN | GREATER_THAN | EQUALS | GT_EQ | LT_EQ | NOT_EQ | IN | NOT IN | IS | IS NOT ;
starExpr : STAR expr ;
expr : xorExpr ( OR_OP xorExpr )* ;
xorExpr : andExpr ( XOR andExpr )* ;
andExpr : shiftExpr ( AND_OP shiftExpr )* ;
shiftExpr : arithExpr ( shiftOp arithExpr )* ;
shiftOp : LEFT_SHIFT | RIGHT_SHIFT ;
arithExpr : term ( addOp term )* ;
addOp : ADD | MINUS ;
term : factor ( mulOp factor )* ;
mulOp : STAR | AT | DIV | MOD | IDIV ;
factor : ( ADD | MINUS | NOT_OP ) factor | power ;
power : atomExpr ( POWER factor )? ;
atomExpr : atom trailer* ;
atom
    : OPEN_PAREN ( testlistComp )? CLOSE_PAREN      # parenAtom
    | OPEN_PAREN yieldExpr CLOSE_PAREN              # yieldAtom
    | OPEN_BRACK ( testlistComp )? CLOSE_BRACK      # listAtom
    | OPEN_BRACE ( dictOrSetMaker )? CLOSE_BRACE    # braceAtom
    | NAME                                          # nameAtom
    | NUMBER                                        # numberAtom
    | STRING+                                       # stringAtom
    | ELLIPSIS                                      # ellipsisAtom
    | NONE                                          # noneAtom
    | TRUE                                          # trueAtom
    | FALSE                                         # falseAtom
    ;
testlistComp : ( test | starExpr ) ( compFor | ( COMMA ( test | starExpr ) )* COMMA? ) ;
trailer
    : OPEN_PAREN arglist? CLOSE_PAREN               # callTrailer
    | OPEN_BRACK subscriptList CLOSE_BRACK          # subscriptTrailer
    | DOT NAME                                      # attributeTrailer
    ;
subscriptList : subscript ( COMMA subscript )* COMMA? ;
subscript : test | sliceItem ;
sliceItem : lower=test? COLON upper=test? ( COLON step=test? )? ;
exprlist : ( expr | starExpr ) ( COMMA ( expr | starExpr ) )* COMMA? ;
testlist : test ( COMMA test )* COMMA? ;
testlistStarExpr : ( test | starExpr ) ( COMMA ( test | starExpr ) )* COMMA? ;
dictOrSetMaker
    : dictEntry ( compFor | ( COMMA dictEntry )* COMMA? )
    | ( test | starExpr ) ( compFor | ( COMMA ( test | starExpr ) )* COMMA? )
    ;
dictEntry : test COLON test | POWER expr ;
arglist : argument ( COMMA argument )* COMMA? ;
argument
    : test compFor?
    | NAME ASSIGN test
    | POWER test
    | STAR test
    ;
compFor : FOR exprlist IN orTest compIter? ;
compIter : compFor | compIf ;
compIf : IF testNoCond compIter? ;
