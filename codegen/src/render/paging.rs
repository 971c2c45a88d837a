//! A paged operation's `impl yun_core::paginate::PagedRequest`: where its
//! page goes in the request and where the marker and items are in the
//! response. The paging behaviour itself is yun-core's.

use super::types::{Builder, Shapes};
use crate::model::{IntFormat, Member, Operation, PageStyle, Paging, Spec, Type};
use crate::naming::{field_name, type_name, Scope};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

fn ident(name: &str) -> syn::Ident {
    syn::parse_str(name).expect("naming makes valid identifiers")
}

/// The Rust field name of member `wire` among `members`: the same names,
/// claimed in the same order, as the struct that holds them.
fn rust_field(members: &[Member], wire: &str) -> Option<syn::Ident> {
    let mut scope = Scope::default();
    for m in members {
        let name = scope.claim(field_name(&m.name));
        if m.name == wire {
            return Some(ident(&name));
        }
    }
    None
}

/// The members of an object or shape type.
fn members_of<'a>(spec: &'a Spec, ty: &'a Type) -> Option<&'a [Member]> {
    match ty {
        Type::Object { members } => Some(members),
        Type::Ref { name } => spec.shape(name).map(|s| s.members.as_slice()),
        Type::List { items } => members_of(spec, items),
        _ => None,
    }
}

/// Follows `path` from the response root: the Rust field at each step and
/// the last member.
fn walk<'a>(
    spec: &'a Spec,
    root: &'a [Member],
    path: &[String],
) -> Option<(Vec<syn::Ident>, &'a Member)> {
    let mut members = root;
    let mut fields = Vec::new();
    let mut last = None;
    for (i, wire) in path.iter().enumerate() {
        let member = members.iter().find(|m| &m.name == wire)?;
        fields.push(rust_field(members, wire)?);
        last = Some(member);
        if i + 1 < path.len() {
            members = members_of(spec, &member.ty)?;
        }
    }
    Some((fields, last?))
}

/// `page.a.as_ref().and_then(|x| x.b.as_ref())`: a borrow of the last
/// field along `fields` (every response field is an `Option`).
fn borrow_path(fields: &[syn::Ident]) -> TokenStream {
    let (first, rest) = fields.split_first().expect("a path has a first field");
    let mut expr = quote!(page.#first.as_ref());
    for f in rest {
        expr = quote!(#expr.and_then(|x| x.#f.as_ref()));
    }
    expr
}

/// Turns an `Option<&T>` of a number (or of text holding one) into an
/// `Option<u64>`.
fn to_u64(ty: &Type) -> TokenStream {
    match ty {
        Type::Integer {
            format: IntFormat::Uint64,
        } => quote!(.copied()),
        Type::Integer { .. } => quote!(.and_then(|v| u64::try_from(*v).ok())),
        _ => quote!(.and_then(|v| v.trim().parse::<u64>().ok())),
    }
}

/// The Rust type of a request member, without `Option`.
fn input_type(m: &Member) -> Option<TokenStream> {
    Some(match &m.ty {
        Type::Integer {
            format: IntFormat::Int32,
        } => quote!(i32),
        Type::Integer {
            format: IntFormat::Int64,
        } => quote!(i64),
        Type::Integer {
            format: IntFormat::Uint64,
        } => quote!(u64),
        Type::String { .. } => quote!(::std::string::String),
        _ => return None,
    })
}

/// The `PagedRequest` impl for `request`, or nothing when the operation
/// does not page (or its paging facts do not resolve, which import rules out).
pub(crate) fn paged_impl(
    spec: &Spec,
    op: &Operation,
    names: &super::OpNames<'_>,
    builder: &Builder<'_>,
    shapes: &Shapes,
) -> Option<TokenStream> {
    let (request, response) = (&names.request, &names.response);
    let paging = op.paging.as_ref()?;
    let request = format_ident!("{}", request);
    let response = format_ident!("{}", response);
    let item = item_type(spec, op, paging, builder, shapes)?;
    let style = format_ident!(
        "{}",
        match paging.style {
            PageStyle::PageNumber => "PageNumber",
            PageStyle::Offset => "Offset",
            PageStyle::Token => "Token",
        }
    );

    let position = op.input.iter().find(|m| m.name == paging.position)?;
    let position_field = rust_field(&op.input, &paging.position)?;
    let position_is_text = matches!(position.ty, Type::String { .. });
    let read = |field: &syn::Ident, member: &Member| -> TokenStream {
        let value = if member.required {
            quote!(::std::option::Option::Some(&self.#field))
        } else {
            quote!(self.#field.as_ref())
        };
        let to_u64 = to_u64(&member.ty);
        quote!(#value #to_u64)
    };
    let page_size = match &paging.size {
        Some(size) => {
            let member = op.input.iter().find(|m| &m.name == size)?;
            let field = rust_field(&op.input, size)?;
            read(&field, member)
        }
        None => quote!(::std::option::Option::None),
    };
    let wrap = |value: TokenStream| {
        if position.required {
            value
        } else {
            quote!(::std::option::Option::Some(#value))
        }
    };
    let (start, set) = if paging.style == PageStyle::Token {
        let token = if position.required {
            quote!(::std::option::Option::Some(self.#position_field.as_str()))
        } else {
            quote!(self.#position_field.as_deref())
        };
        let value = wrap(quote!(token.to_owned()));
        (
            quote!(#token.filter(|t| !t.is_empty()).map(::yun_core::paginate::Position::Token)),
            quote! {
                if let ::yun_core::paginate::Position::Token(token) = position {
                    self.#position_field = #value;
                }
            },
        )
    } else {
        let target = input_type(position)?;
        let convert = if position_is_text {
            quote!(n.to_string())
        } else if target.to_string() == "u64" {
            quote!(n)
        } else {
            quote!(#target::try_from(n).unwrap_or(#target::MAX))
        };
        let value = wrap(convert);
        let start = read(&position_field, position);
        (
            quote!(#start.map(::yun_core::paginate::Position::#style)),
            quote! {
                if let ::yun_core::paginate::Position::#style(n) = position {
                    self.#position_field = #value;
                }
            },
        )
    };

    let (marker_fields, marker) = walk(spec, &op.output, &paging.marker)?;
    let marker_value = borrow_path(&marker_fields);
    let marker_fn = if paging.style == PageStyle::Token {
        let (last, outer) = marker_fields.split_last()?;
        let token = if outer.is_empty() {
            quote!(page.#last.as_deref())
        } else {
            let outer = borrow_path(outer);
            quote!(#outer.and_then(|x| x.#last.as_deref()))
        };
        quote! {
            fn next_token(page: &#response) -> ::std::option::Option<&str> {
                #token
            }
        }
    } else {
        let to_u64 = to_u64(&marker.ty);
        let total = quote!(#marker_value #to_u64);
        quote! {
            fn total_count(page: &#response) -> ::std::option::Option<u64> {
                #total
            }
        }
    };
    let (item_fields, _) = walk(spec, &op.output, &paging.items)?;
    let items_ref = borrow_path(&item_fields);
    let (first, rest) = item_fields.split_first()?;
    let mut items_owned = quote!(page.#first);
    for f in rest {
        items_owned = quote!(#items_owned.and_then(|x| x.#f));
    }
    let doc = format!(
        "How `{}` pages (by `{}`), for [`Client::{m}`](crate::Client::{m}).",
        op.name,
        paging.position,
        m = names.paginator.as_deref()?.trim_start_matches("r#")
    );
    let method = ident(&names.method);
    let call = match spec.vendor {
        // A resource-style page is fetched through the typed method itself.
        crate::model::Vendor::Aliyun if op.path.is_some() => quote! {
            impl ::yun_core::paginate::Fetch<#request> for crate::Client {
                async fn fetch(
                    &self,
                    request: #request,
                    options: &::yun_core::CallOptions,
                ) -> ::std::result::Result<#response, ::yun_core::Error> {
                    self.#method(request).options(options.clone()).await
                }
            }
        },
        crate::model::Vendor::Aliyun => quote! {
            impl ::yun_core::internal::AliyunCall for #request {
                const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
            }
        },
        crate::model::Vendor::Tencent => quote! {
            impl ::yun_core::internal::TencentCall for #request {
                const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
            }
        },
    };
    let doc = super::doc(&doc);
    Some(quote! {
        #call

        #doc
        impl ::yun_core::paginate::PagedRequest for #request {
            type Response = #response;
            type Item = #item;
            const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::#style;

            fn page_size(&self) -> ::std::option::Option<u64> {
                #page_size
            }

            fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
                #start
            }

            fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
                #set
            }

            #marker_fn

            fn item_count(page: &#response) -> usize {
                #items_ref.map_or(0, |items| items.len())
            }

            fn into_items(page: #response) -> ::std::vec::Vec<#item> {
                #items_owned.unwrap_or_default()
            }
        }
    })
}

/// The Rust type of one item: the struct named for the list's objects in
/// this module (Alibaba Cloud), or the shared shape (Tencent Cloud).
fn item_type(
    spec: &Spec,
    op: &Operation,
    paging: &Paging,
    builder: &Builder<'_>,
    shapes: &Shapes,
) -> Option<TokenStream> {
    let (_, list) = walk(spec, &op.output, &paging.items)?;
    let Type::List { items } = &list.ty else {
        return None;
    };
    match items.as_ref() {
        Type::Ref { name } => {
            let rust = shapes
                .names
                .get(name)
                .cloned()
                .unwrap_or_else(|| type_name(name));
            let ident = format_ident!("{}", rust);
            Some(quote!(crate::models::#ident))
        }
        Type::Object { .. } => builder.output_paths.get(&paging.items.join(".")).cloned(),
        _ => None,
    }
}
